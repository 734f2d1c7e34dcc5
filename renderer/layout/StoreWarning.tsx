/** The persistent warning when notes cannot be saved, or the store opened read-only: it stays while it is true. */
import { useT } from '../i18n/i18n';

export function StoreWarning({ failure, readOnlyNotices }: { failure?: string; readOnlyNotices: string[] }) {
  const t = useT();
  if (!failure && readOnlyNotices.length === 0) return null;
  return (
    <div className="notice notice--error notice--sticky" role="alert" data-testid="store-warning">
      {failure
        ? t('savingFailed', { message: failure })
        : t('readOnlyStore', { message: readOnlyNotices.join(' ') })}
    </div>
  );
}
