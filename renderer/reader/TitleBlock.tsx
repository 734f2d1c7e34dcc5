/** The report's title page: classification, document number, title, date line, speaker, and the file it came from. */
import type { ReportMeta } from '../../core/report/model';

export function TitleBlock({ meta, source }: { meta: ReportMeta; source?: string | undefined }) {
  return (
    <header className="title-block">
      {(meta.classification || meta.documentNumber) && (
        <div className="title-block__top">
          <span className="title-block__classification">{meta.classification}</span>
          <span className="title-block__number">{meta.documentNumber}</span>
        </div>
      )}
      <h1 className="title-block__title">{meta.title ?? '政府工作报告'}</h1>
      {meta.dateLine && <p className="title-block__dateline">{meta.dateLine}</p>}
      {meta.speaker && <p className="title-block__speaker">{meta.speaker}</p>}
      {source && (
        <p className="title-block__source" data-report-source>
          {source}
        </p>
      )}
    </header>
  );
}
