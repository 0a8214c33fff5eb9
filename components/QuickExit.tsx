// "Leave this site": a plain link without JavaScript. Its behaviour (hide the page at once, replace the tab by a
// neutral site so Back does not return here, Shift pressed three times, what Back shows after leaving) is one small
// static script, public/quick-exit.js, which runs on every page before, and without, any framework.

/** `shortcutProgress`: what a screen reader hears after the first and the second press, worded on the server. */
/** `noScriptHint`: added to the hint only where JavaScript does not run (Back can then show the answers again). */
type Props = {
  href: string;
  label: string;
  hint: string;
  noScriptHint: string;
  shortcutAnnouncement: string;
  shortcutProgress: readonly [string, string];
};

export const QuickExit = ({href, label, hint, noScriptHint, shortcutAnnouncement, shortcutProgress}: Props) => (
  <>
    <a
      className="quick-exit"
      href={href}
      rel="noreferrer"
      aria-describedby="quick-exit-hint"
      data-said-1={shortcutProgress[0]}
      data-said-2={shortcutProgress[1]}
      data-said-done={shortcutAnnouncement}
    >
      {label}
    </a>
    <span id="quick-exit-hint" className="visually-hidden">
      {hint}
      <noscript> {noScriptHint}</noscript>
    </span>
    {/* Filled by the script, maybe before the page hydrates: React leaves an element's inner HTML as it finds it. */}
    <span id="quick-exit-status" className="visually-hidden" role="status" aria-live="polite" dangerouslySetInnerHTML={{__html: ''}} />
  </>
);
