/**
 * The report text. Memoised on the document: scrolling, hovering and pane changes never re-render it.
 */
import { memo, useMemo } from 'react';
import type { ReportDocument } from '../../core/report/model';
import { citationLabel } from '../../core/report/ids';
import { termDecorationsByBlock } from '../glossary/term-index';
import type { Language } from '../../core/settings';
import { BlockText } from './BlockText';
import { blockElementId } from './navigation';
import { TitleBlock } from './TitleBlock';

export const ReportBody = memo(function ReportBody({
  doc,
  language,
}: {
  doc: ReportDocument;
  language: Language;
}) {
  const terms = useMemo(() => termDecorationsByBlock(doc), [doc]);
  return (
    <article className="report" lang="zh-CN">
      <TitleBlock meta={doc.meta} />
      {doc.blocks.map((block) => {
        const props = {
          id: blockElementId(block.id),
          'data-block-id': block.id,
          tabIndex: -1,
          title: citationLabel(block.id, language),
        };
        const text = <BlockText block={block} terms={terms.get(block.id) ?? []} />;
        if (block.type === 'heading') {
          return block.level === 1 ? (
            <h2 key={block.id} className="block heading heading--part" {...props}>
              {text}
            </h2>
          ) : (
            <h3 key={block.id} className="block heading heading--sub" {...props}>
              {text}
            </h3>
          );
        }
        return (
          <p key={block.id} className="block paragraph" {...props}>
            {text}
          </p>
        );
      })}
      {(doc.meta.issuer || doc.meta.issueDate || doc.meta.printRun || doc.meta.source) && (
        <footer className="report__footer">
          {doc.meta.source && <p>{doc.meta.source}</p>}
          {doc.meta.issuer && <p>{doc.meta.issuer}</p>}
          {doc.meta.issueDate && <p>{doc.meta.issueDate}</p>}
          {doc.meta.printRun && <p>{doc.meta.printRun}</p>}
        </footer>
      )}
    </article>
  );
});
