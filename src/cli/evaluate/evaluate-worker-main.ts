import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { compileCalendar } from '../../domain/calendar/calendar';
import { EventColumnsBuilder } from './event-columns';
import type { PartRequest } from './evaluate-workers';
import { readEventsCsv } from './read-events-csv';
import { prepareJob, studentsJson } from './students-json';
import type { PreparedJob, StudentsJob } from './students-json';

// One worker of `naervaer evaluate`: may first read the second part of the file into columns (sent
// back with their buffers transferred), then takes the job once (the columns on shared memory) and
// answers each range of pupils with its JSON text.

type Message = { read: PartRequest } | { job: StudentsJob } | { block: number; from: number; to: number };

let prepared: PreparedJob | null = null;

async function readPart(request: PartRequest): Promise<void> {
  try {
    const builder = new EventColumnsBuilder(compileCalendar(request.calendar));
    const result = await readEventsCsv(createReadStream(request.file, { start: request.start, highWaterMark: 1 << 16 }), (row) => builder.add(row), { header: request.header });
    const part = builder.exportPart();
    parentPort!.postMessage({ part, problem: result.problem ?? null, nextLine: result.nextLine, rows: result.rows }, part.columns.flatMap((blocks) => blocks.map((b) => b.buffer as ArrayBuffer)));
  } catch (e) {
    parentPort!.postMessage({ failed: (e as Error).message });
  }
}

parentPort!.on('message', (message: Message) => {
  if ('read' in message) void readPart(message.read);
  else if ('job' in message) prepared = prepareJob(message.job);
  else parentPort!.postMessage({ block: message.block, text: studentsJson(prepared!, message.from, message.to) });
});
parentPort!.postMessage('ready');
