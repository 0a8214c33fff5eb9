// Renders a content file's Markdown tree with react-pdf elements. Links are printed in full,
// because a printed link must be typeable.
import type {ReactNode} from 'react';
import {Link, Text, View} from '@react-pdf/renderer';
import type {PhrasingContent, RootContent} from 'mdast';
import {markdownTree} from '@/lib/content/render-markdown';
import {styles} from './styles';

const inline = (nodes: PhrasingContent[], keyPrefix: string): ReactNode[] =>
  nodes.map((node, index): ReactNode => {
    const key = `${keyPrefix}-${index}`;
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return (
          <Text key={key} style={styles.bold}>
            {inline(node.children, key)}
          </Text>
        );
      case 'emphasis':
      case 'delete':
        return <Text key={key}>{inline(node.children, key)}</Text>;
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'link': {
        const label = inline(node.children, key);
        return (
          <Text key={key}>
            {label} (<Link src={node.url}>{node.url.replace(/^https:\/\//, '')}</Link>)
          </Text>
        );
      }
      default:
        return null;
    }
  });

const block = (node: RootContent, key: string): ReactNode => {
  switch (node.type) {
    case 'paragraph':
      return (
        <Text key={key} style={styles.paragraph}>
          {inline(node.children, key)}
        </Text>
      );
    case 'heading':
      return (
        <Text key={key} style={[styles.paragraph, styles.bold]}>
          {inline(node.children, key)}
        </Text>
      );
    case 'list':
      return (
        <View key={key} style={styles.list}>
          {node.children.map((item, index) => (
            // An item never splits across pages, so its number is never left alone at the bottom of one.
            <View key={`${key}-${index}`} style={styles.listItem} wrap={false}>
              <Text style={[styles.listMarker, styles.paragraph]}>{node.ordered ? `${(node.start ?? 1) + index}.` : '•'}</Text>
              <View style={styles.listBody}>{item.children.map((child, i) => block(child, `${key}-${index}-${i}`))}</View>
            </View>
          ))}
        </View>
      );
    case 'blockquote':
      return (
        <View key={key} style={styles.quote}>
          {node.children.map((child, i) => block(child, `${key}-${i}`))}
        </View>
      );
    default:
      return null;
  }
};

export const MarkdownPdf = ({markdown}: {markdown: string}) => (
  <View>{markdownTree(markdown).children.map((node, index) => block(node, `md-${index}`))}</View>
);
