/**
 * Dedicated worker reading, inflating, checking and hashing whole files off the page's main
 * thread, with the same engine the page uses where workers cannot run. One request at a time; a
 * cancel terminates the worker.
 */
import { createInThreadEngine } from './engine.ts';
import { answerContentRequest } from './answer.ts';
import type { ContentRequest } from './protocol.ts';

const engine = createInThreadEngine();

addEventListener('message', (event: MessageEvent<ContentRequest>) => {
  void answerContentRequest(event.data, engine).then(({ reply, transfer }) =>
    postMessage(reply, { transfer }),
  );
});
