// The sources behind a content entry and the date they were checked, folded away until asked for.
import type {TFrontmatter} from '@/lib/content/frontmatter';

type Props = {sources: TFrontmatter['sources']; label: string; reviewed: string};

export const SourcesDetails = ({sources, label, reviewed}: Props) => (
  <details className="plan-item__sources">
    <summary>
      {label} · {reviewed}
    </summary>
    <ul>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="noreferrer">
            {source.title}
          </a>
        </li>
      ))}
    </ul>
  </details>
);
