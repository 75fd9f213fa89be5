// Worker thread entry (piscina): one HTML converter per thread, set up from workerData.
import { workerData } from 'node:worker_threads';
import { createHtmlConverter, runConvertTask, type ConvertOptions, type ConvertTask, type Converted } from './html-to-markdown.js';

const converter = createHtmlConverter(workerData as ConvertOptions);

/** Convert a batch of posts. */
export default function convertPosts(tasks: ConvertTask[]): Converted[] {
  return tasks.map((task) => runConvertTask(converter, task));
}
