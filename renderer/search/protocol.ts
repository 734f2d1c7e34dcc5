/** Messages between the UI and the search worker. Plain JSON (structured clone). */
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import type { SearchOptions, SearchResults } from '../../core/search/model';

export type WorkerRequest =
  | { type: 'load'; doc: ReportDocument; annotations: Annotation[] }
  | { type: 'notes'; annotations: Annotation[] }
  | { type: 'search'; id: number; reportId: string; query: string; order: SearchOptions['order'] };

export type WorkerResponse =
  | { type: 'loaded'; reportId: string }
  /** The notes last sent are what queries read now (until then, the notes indexed before answered). */
  | { type: 'notes-indexed'; reportId: string }
  /** lunr's index is built: related results are ranked by lunr from now on. */
  | { type: 'ranked'; reportId: string }
  | { type: 'results'; id: number; query: string; results: SearchResults }
  | { type: 'failed'; id: number | undefined; message: string };
