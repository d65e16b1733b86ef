import { parentPort } from 'node:worker_threads';
import { prepareJob, studentsJson } from './students-json';
import type { PreparedJob, StudentsJob } from './students-json';

// One worker of `naervaer evaluate`: takes the job once (the columns on shared memory), then answers
// each range of pupils with its JSON text.

type Message = { job: StudentsJob } | { block: number; from: number; to: number };

let prepared: PreparedJob | null = null;
parentPort!.on('message', (message: Message) => {
  if ('job' in message) {
    prepared = prepareJob(message.job);
    return;
  }
  parentPort!.postMessage({ block: message.block, text: studentsJson(prepared!, message.from, message.to) });
});
parentPort!.postMessage('ready');
