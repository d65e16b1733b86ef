import { Checkbox, Field, Fieldset, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CardsAnswer } from '../../../../domain/forms/answers';
import { type FormQuestion } from '../../../../domain/forms/form-schema';
import type { Set } from './QuestionInput';
import { describe, Problems } from './FormFiller';

export function CardsInput({
  q,
  value,
  onChange,
  problems,
  errorId,
}: {
  q: Extract<FormQuestion, { type: 'cards' }>;
  value: CardsAnswer;
  onChange: Set;
  problems: string[] | undefined;
  errorId: string;
}) {
  const { t } = useTranslation();
  const chosen = new Map(value.selected.map((s) => [s.card, s]));
  const setCard = (card: string, next: CardsAnswer['selected'][number] | null) =>
    onChange({
      ...value,
      selected: next
        ? chosen.has(card)
          ? value.selected.map((s) => (s.card === card ? next : s))
          : [...value.selected, next]
        : value.selected.filter((s) => s.card !== card),
    });
  const ticks = (group: string) => value.elaborations?.[group] ?? [];
  const setTicks = (group: string, next: { option: string; text?: string }[]) =>
    onChange({ ...value, elaborations: { ...(value.elaborations ?? {}), [group]: next } });
  return (
    <div className="form-cards">
      <Fieldset aria-describedby={problems?.length ? errorId : undefined}>
        <Fieldset.Legend>{q.label}</Fieldset.Legend>
        {describe(q) && <Fieldset.Description>{describe(q)}</Fieldset.Description>}
        <div className="form-cards__grid">
          {q.cards.map((card) => {
            const a = chosen.get(card.id);
            return (
              <div key={card.id} className="form-cards__card" data-chosen={a ? 'true' : undefined}>
                <Checkbox
                  value={card.id}
                  label={card.label}
                  description={card.help}
                  checked={!!a}
                  onChange={(e) =>
                    setCard(card.id, e.target.checked ? { card: card.id, ...(card.writeIn ? { text: '' } : {}) } : null)
                  }
                />
                {a && (
                  <div className="form-cards__details">
                    {card.writeIn && (
                      <Textfield
                        label={t('caseForms.cardText', { card: card.label })}
                        value={a.text ?? ''}
                        onChange={(e) => setCard(card.id, { ...a, text: e.target.value })}
                      />
                    )}
                    {q.extent && (
                      <Field>
                        <Label>{t('caseForms.extent', { card: card.label })}</Label>
                        <Field.Description>
                          {t('caseForms.scaleLegend', {
                            min: q.extent.min,
                            minLabel: q.extent.minLabel,
                            max: q.extent.max,
                            maxLabel: q.extent.maxLabel,
                          })}
                        </Field.Description>
                        <Select
                          value={a.extent === undefined ? '' : String(a.extent)}
                          onChange={(e) =>
                            setCard(card.id, {
                              ...a,
                              extent: e.target.value === '' ? undefined : Number(e.target.value),
                            } as CardsAnswer['selected'][number])
                          }
                          width="auto"
                        >
                          <Select.Option value="">{t('caseForms.notChosen')}</Select.Option>
                          {Array.from({ length: q.extent.max - q.extent.min + 1 }, (_, i) => q.extent!.min + i).map(
                            (n) => (
                              <Select.Option key={n} value={String(n)}>
                                {n}
                              </Select.Option>
                            ),
                          )}
                        </Select>
                      </Field>
                    )}
                    <Textfield
                      multiline
                      rows={2}
                      label={t('caseForms.cardNote', { card: card.label })}
                      value={a.note ?? ''}
                      onChange={(e) => setCard(card.id, { ...a, note: e.target.value })}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
        <Problems id={errorId} problems={problems} />
      </Fieldset>
      {q.elaborations.map((group) => {
        const list = ticks(group.id);
        return (
          <Fieldset key={group.id} className="form-cards__elaboration">
            <Fieldset.Legend>{t('caseForms.elaboration', { title: group.title })}</Fieldset.Legend>
            <div className="form-cards__options">
              {group.options.map((o) => {
                const tick = list.find((x) => x.option === o.id);
                return (
                  <div key={o.id}>
                    <Checkbox
                      value={o.id}
                      label={o.label}
                      checked={!!tick}
                      onChange={(e) =>
                        setTicks(
                          group.id,
                          e.target.checked ? [...list, { option: o.id }] : list.filter((x) => x.option !== o.id),
                        )
                      }
                    />
                    {tick && o.writeIn && (
                      <Textfield
                        label={t('caseForms.writeIn', { label: o.label })}
                        value={tick.text ?? ''}
                        onChange={(e) =>
                          setTicks(
                            group.id,
                            list.map((x) => (x.option === o.id ? { ...x, text: e.target.value } : x)),
                          )
                        }
                      />
                    )}
                  </div>
                );
              })}
            </div>
          </Fieldset>
        );
      })}
    </div>
  );
}
