/** A set document (审议发言提纲, 代表建议 …) as it prints, from the same Paper model as its Word and Markdown files. */
import type { Paper, PaperBlock } from '../../core/export/paper';
import { textLines } from '../../core/export/sheet-text';

function Lines({ text }: { text: string }) {
  const lines = textLines(text);
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

/** The same relative widths as the Word table, so a 序号 column stays narrow and the words wide. */
function Columns({ widths }: { widths: readonly number[] }) {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width: `${(100 * width) / total}%` }} />
      ))}
    </colgroup>
  );
}

function Block({ block }: { block: PaperBlock }) {
  switch (block.type) {
    case 'heading':
      return <h2 className="paper__heading">{block.text}</h2>;
    case 'paragraph':
      return (
        <p className="paper__para">
          <Lines text={block.text} />
        </p>
      );
    case 'point':
      return (
        <p className="paper__para paper__point">
          <strong>{block.number}</strong>
          <Lines text={block.text} />
          {block.source && <span className="paper__source">{block.source}</span>}
        </p>
      );
    case 'quote':
      return (
        <blockquote className="paper__quote">
          “{block.text.replace(/\s+/g, ' ').trim()}”
          {block.source.trim() && <span className="paper__source">（{block.source}）</span>}
        </blockquote>
      );
    case 'fill':
      return (
        <div className="paper__fill">
          <p className="paper__remark">{block.text}</p>
          <div className="paper__lines" style={{ height: `${block.lines * 2}em` }} aria-hidden="true" />
        </div>
      );
    case 'sign':
      return (
        <div className="paper__sign">
          {block.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      );
    case 'remark':
      return <p className="paper__remark">{block.text}</p>;
    case 'table':
      return (
        <table className={block.widths ? 'paper__table paper__table--sized' : 'paper__table'}>
          {block.widths && <Columns widths={block.widths} />}
          <thead>
            <tr>
              {block.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {block.columns.map((_, c) => (
                  <td key={c}>
                    <Lines text={row[c] ?? ''} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function PaperView({ paper }: { paper: Paper }) {
  return (
    <div className="sheet paper" data-print-kind={paper.kind}>
      <header className="paper__header">
        <h1>{paper.title}</h1>
        {paper.meta.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </header>
      {paper.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
