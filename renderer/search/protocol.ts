/** Messages between the UI and the search worker. Plain JSON (structured clone). */
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import type { SearchResults } from '../../core/search/model';

export type WorkerRequest =
  | { type: 'load'; doc: ReportDocument; annotations: Annotation[] }
  | { type: 'notes'; annotations: Annotation[] }
  | { type: 'search'; id: number; reportId: string; query: string };

export type WorkerResponse =
  | { type: 'loaded'; reportId: string }
  | { type: 'results'; id: number; query: string; results: SearchResults }
  | { type: 'failed'; id: number | undefined; message: string };
