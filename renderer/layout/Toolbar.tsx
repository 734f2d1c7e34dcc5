/** The top bar: panes, open/recent, text size, theme, language, shortcuts. */
import type { RecentReport, Settings, Theme } from '../../core/settings';
import { FONT_SIZE } from '../../core/settings';
import { useT } from '../i18n/i18n';
import { Icon } from './icons';
import { Popover } from './Popover';

interface ToolbarProps {
  title: string;
  subtitle: string;
  settings: Settings;
  currentReportId: string;
  /** Whether each side pane is on screen now (docked, or floating and open). */
  outlineShown: boolean;
  glossaryShown: boolean;
  onToggleOutline(): void;
  onToggleGlossary(): void;
  onOpen(): void;
  onOpenRecent(id: string): void;
  onForgetRecent(id: string): void;
  onFontSize(size: number): void;
  onTheme(theme: Theme): void;
  onLanguage(language: Settings['language']): void;
  onParagraphNumbers(shown: boolean): void;
  onShowShortcuts(): void;
}

const THEME_ORDER: Theme[] = ['system', 'light', 'dark'];

export function Toolbar(props: ToolbarProps) {
  const { settings } = props;
  const t = useT();
  const themeLabel = { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') }[
    settings.theme
  ];
  const nextTheme = THEME_ORDER[(THEME_ORDER.indexOf(settings.theme) + 1) % THEME_ORDER.length] ?? 'system';
  const recents = settings.recentReports;
  const otherLanguage = settings.language === 'en' ? '中文' : 'EN';
  return (
    // A banner, not role=toolbar: it holds groups and a title, and does not move focus with the arrow keys.
    <header className="toolbar" aria-label={t('appName')}>
      <button
        type="button"
        className="tool-button"
        aria-label={t('toggleOutline')}
        title={`${t('toggleOutline')} (Ctrl+Shift+1)`}
        aria-pressed={props.outlineShown}
        onClick={props.onToggleOutline}
      >
        <Icon name="sidebarLeft" />
      </button>
      <div className="toolbar__brand" aria-hidden="true">
        研读
      </div>
      <div className="toolbar__title">
        <span className="toolbar__report">{props.title}</span>
        <span className="toolbar__subtitle">{props.subtitle}</span>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="tool-button"
          onClick={props.onOpen}
          title={`${t('openReport')} (Ctrl+O)`}
          aria-label={t('openReport')}
        >
          <Icon name="open" />
        </button>
        <Popover label={t('recentReports')} buttonContent={<Icon name="recent" />}>
          {(close) => (
            <ul className="recent-list">
              {recents.length === 0 && <li className="recent-list__empty">{t('noRecent')}</li>}
              {recents.map((report: RecentReport) => (
                <li key={report.id} className={report.id === props.currentReportId ? 'is-current' : ''}>
                  <button
                    type="button"
                    aria-current={report.id === props.currentReportId || undefined}
                    className="recent-list__open"
                    onClick={() => {
                      close();
                      props.onOpenRecent(report.id);
                    }}
                  >
                    <span className="recent-list__title">{report.title}</span>
                    <span className="recent-list__file">
                      {report.bundled ? t('bundledReport') : report.fileName}
                    </span>
                  </button>
                  {!report.bundled && report.id !== props.currentReportId && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => props.onForgetRecent(report.id)}
                    >
                      {t('forget')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Popover>
      </div>
      <div className="toolbar__group" role="group" aria-label={t('fontSize')}>
        <button
          type="button"
          className="tool-button tool-button--text"
          // The name holds the visible text, so "A−" said to speech input finds it (WCAG 2.5.3).
          aria-label={`A− ${t('fontSmaller')}`}
          title={`${t('fontSmaller')} (Ctrl+-)`}
          disabled={settings.fontSize <= FONT_SIZE.min}
          onClick={() => props.onFontSize(settings.fontSize - 1)}
        >
          A−
        </button>
        <span className="toolbar__font-size" aria-live="polite" data-testid="font-size">
          {settings.fontSize}
        </span>
        <button
          type="button"
          className="tool-button tool-button--text tool-button--large"
          aria-label={`A+ ${t('fontLarger')}`}
          title={`${t('fontLarger')} (Ctrl+=)`}
          disabled={settings.fontSize >= FONT_SIZE.max}
          onClick={() => props.onFontSize(settings.fontSize + 1)}
        >
          A+
        </button>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="tool-button tool-button--labelled"
          aria-label={`${t('theme')}：${themeLabel}`}
          title={`${t('theme')}：${themeLabel} (Ctrl+Shift+L)`}
          data-theme-setting={settings.theme}
          onClick={() => props.onTheme(nextTheme)}
        >
          <Icon name="theme" />
          <span>{themeLabel}</span>
        </button>
        <button
          type="button"
          className="tool-button tool-button--text"
          aria-label={`${otherLanguage} ${t('language')}`}
          title={t('language')}
          onClick={() => props.onLanguage(settings.language === 'en' ? 'zh-CN' : 'en')}
        >
          {otherLanguage}
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={t('paragraphNumbers')}
          title={t('paragraphNumbersHint')}
          aria-pressed={settings.paragraphNumbers}
          data-testid="paragraph-numbers"
          onClick={() => props.onParagraphNumbers(!settings.paragraphNumbers)}
        >
          <Icon name="paragraphNumbers" />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={t('shortcuts')}
          title={`${t('shortcuts')} (F1)`}
          onClick={props.onShowShortcuts}
        >
          <Icon name="keyboard" />
        </button>
      </div>
      <button
        type="button"
        className="tool-button"
        aria-label={t('toggleGlossary')}
        title={`${t('toggleGlossary')} (Ctrl+Shift+3)`}
        aria-pressed={props.glossaryShown}
        onClick={props.onToggleGlossary}
      >
        <Icon name="sidebarRight" />
      </button>
    </header>
  );
}
