/** 成员: one row per study-group layer — mark, name, count, show/hide, remove (not for my own layer). */
import type { Layer } from '../../core/annotations/layers';
import { useT } from '../i18n/i18n';
import { MemberMark } from './NoteCard';

interface LayersListProps {
  layers: readonly Layer[];
  hidden: ReadonlySet<string>;
  onToggle(authorId: string): void;
  onRemove(layer: Layer): void;
}

export function LayersList({ layers, hidden, onToggle, onRemove }: LayersListProps) {
  const t = useT();
  return (
    <section className="layers" aria-label={t('layers')} data-testid="layers">
      <h3 className="layers__title">{t('layers')}</h3>
      {layers.map((layer) => {
        const name = layer.isMe ? `${t('me')}（${layer.author.name}）` : layer.author.name;
        const shown = !hidden.has(layer.author.id);
        return (
          <div
            key={layer.author.id}
            className={`layer${shown ? '' : ' layer--hidden'}`}
            data-layer={layer.isMe ? 'me' : layer.author.name}
          >
            <input
              type="checkbox"
              checked={shown}
              aria-label={t('layerShow', { name: layer.author.name })}
              onChange={() => onToggle(layer.author.id)}
            />
            <MemberMark name={layer.author.name} mark={layer.mark} />
            <span className="layer__name">{name}</span>
            <span className="pane__count">{layer.count}</span>
            {!layer.isMe && (
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() => onRemove(layer)}
              >
                {t('layerRemove')}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
