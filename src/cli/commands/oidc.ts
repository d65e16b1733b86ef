// Sign-in with a kommune's identity providers (issue 16 item 4, decision 084):
//   naervaer oidc add --kommune 3033 --slug ullensaker-feide --name "Feide" --kind feide \
//     --issuer https://auth.dataporten.no --client-id … --secret-env NAERVAER_OIDC_ULLENSAKER_FEIDE
//   naervaer oidc emergency-admin --kommune 3033 --username kari.nordmann
//   naervaer oidc password-login --kommune 3033 --off
// The secret is never an argument: the provider names the environment variable that holds it.
import { cliCommand, refuseWith } from '../command';
import { migrate } from '../../db/migrate';
import { clockFor } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { openDb } from '../../server/start';
import { kommuneByNumber } from '../../server/use-cases/create-kommune';
import { addOidcProviderAsOperator, PROVIDER_DEFAULTS } from '../../server/use-cases/save-oidc-provider';
import { markEmergencyAdmin, setPasswordLoginAsOperator } from '../../server/use-cases/set-password-login';

const HELP = `Bruk:
  naervaer oidc add --kommune <nr> --slug <kortnavn> --name "<navn på knappen>" --kind feide|idporten|helseid
                    --issuer <URL> --client-id <id> --secret-env NAERVAER_OIDC_<NAVN>
                    [--client-auth client_secret_basic|client_secret_post|private_key_jwt] [--scopes "<scopes>"]
                    [--claim <krav som navngir personen>] [--roles rolle,rolle] [--strong-acr a,b] [--strong-amr a,b]
  naervaer oidc emergency-admin --kommune <nr> --username <brukernavn>
  naervaer oidc password-login --kommune <nr> --on|--off

«add» legger til (eller endrer, med samme kortnavn) en innloggingstjeneste for kommunen. Hemmeligheten
(eller for private_key_jwt den private nøkkelen som JWK) ligger i miljøvariabelen --secret-env, aldri i
databasen. Standardverdier per type:
${Object.entries(PROVIDER_DEFAULTS)
  .map(
    ([kind, d]) =>
      `  ${kind}: krav ${d.identityClaim}, roller ${d.roles.join(',')}${d.strongAcr.length ? `, sterk acr ${d.strongAcr.join(',')}` : ''}`,
  )
  .join('\n')}

«emergency-admin» lar en administrator beholde passordinnlogging; «password-login --off» slår passord av
for alle andre i kommunen (krever minst én nødadministrator).`;

const list = (v: string | boolean | undefined) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export const oidcCommand = cliCommand({
  summary: 'Innlogging med Feide, ID-porten og HelseID (oidc add, emergency-admin, password-login)',
  help: HELP,
  subcommands: ['add', 'emergency-admin', 'password-login'],
  options: {
    kommune: { type: 'string' },
    slug: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'secret-env': { type: 'string' },
    'client-auth': { type: 'string' },
    scopes: { type: 'string' },
    claim: { type: 'string' },
    roles: { type: 'string' },
    'strong-acr': { type: 'string' },
    'strong-amr': { type: 'string' },
    username: { type: 'string' },
    on: { type: 'boolean' },
    off: { type: 'boolean' },
  },
  required: ['kommune'],
  refusal: refuseWith(AppError),
  async run({ subcommand: sub, values }) {
    const config = loadConfig();
    const db = await openDb(config);
    const now = clockFor(config.clockStart).now();
    try {
      await migrate(db);
      const kommune = await kommuneByNumber(db, str(values.kommune)!);
      if (sub === 'add') {
        const saved = await addOidcProviderAsOperator(
          db,
          kommune,
          {
            slug: str(values.slug) ?? '',
            name: str(values.name) ?? '',
            kind: (str(values.kind) ?? '') as 'feide',
            issuer: str(values.issuer) ?? '',
            clientId: str(values['client-id']) ?? '',
            secretRef: str(values['secret-env']) ?? '',
            clientAuth: str(values['client-auth']) as 'client_secret_basic' | undefined,
            scopes: str(values.scopes),
            identityClaim: str(values.claim),
            roles: list(values.roles) as ['foresatt'] | undefined,
            strongAcr: list(values['strong-acr']),
            strongAmr: list(values['strong-amr']),
          },
          now,
        );
        const ref = str(values['secret-env'])!;
        console.log(
          `Innloggingstjenesten «${str(values.slug)}» er ${saved.created ? 'lagt til' : 'endret'} for ${kommune.name}.` +
            (config.oidcSecrets.has(ref)
              ? ''
              : `\nMerk: miljøvariabelen ${ref} er ikke satt for denne prosessen; sett den for serveren.`),
        );
      } else if (sub === 'emergency-admin') {
        if (!str(values.username)) throw new AppError('validation', 'Mangler --username.');
        await markEmergencyAdmin(db, kommune, str(values.username)!, now);
        console.log(`${str(values.username)} beholder passordinnlogging i ${kommune.name} (nødadministrator).`);
      } else {
        if (!values.on === !values.off) throw new AppError('validation', 'Oppgi enten --on eller --off.');
        const { emergencyAdmins } = await setPasswordLoginAsOperator(db, kommune, !!values.on, now);
        console.log(
          values.on
            ? `Passordinnlogging er slått på for alle i ${kommune.name}.`
            : `Passordinnlogging er slått av i ${kommune.name}, unntatt for ${emergencyAdmins} nødadministrator(er).`,
        );
      }
      return 0;
    } finally {
      await db.close();
    }
  },
});
