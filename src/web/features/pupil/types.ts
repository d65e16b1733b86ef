import type { PupilAbsence } from '../../api';

export type SectionProps = { data: PupilAbsence; onChanged(text: string): Promise<void> };
