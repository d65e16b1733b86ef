import { lazy, Suspense } from 'react';
import type { ConcernCard, ConcernCardProps } from './ConcernCard';

type CardModule = { ConcernCard: typeof ConcernCard };

let loading: Promise<CardModule> | undefined;

/**
 * Starts fetching the concern card's script, once. The register calls it when a registration is sent, so the
 * card is there with the answer. Its texts are in the first script already (the class page shows the card on
 * arrival; tests/mirrors/core-texts.test.ts checks both).
 */
export function preloadConcernCard(): Promise<CardModule> {
  loading ??= import('./ConcernCard').catch((error: unknown) => {
    loading = undefined; // a later card tries again
    throw error;
  });
  return loading;
}

const Card = lazy(() => preloadConcernCard().then((module) => ({ default: module.ConcernCard })));

/**
 * The concern card for a screen that shows one only after the user has done something (the register after
 * a save): the card, its panels and forms stay out of the screen's first load (decision 172).
 */
export function LazyConcernCard(props: ConcernCardProps) {
  return (
    <Suspense fallback={null}>
      <Card {...props} />
    </Suspense>
  );
}
