// The journal as a small PDF, made in the browser: the entries never leave the device.
import {Document, Page, Text, View, StyleSheet} from '@react-pdf/renderer';
import type {JournalEntry} from '@/lib/journal/journal';

const styles = StyleSheet.create({
  page: {fontFamily: 'Helvetica', fontSize: 10, padding: 42},
  title: {fontSize: 18, fontFamily: 'Helvetica-Bold', marginBottom: 6},
  muted: {color: '#444444', marginBottom: 12},
  entry: {borderBottomWidth: 1, borderBottomColor: '#bbbbbb', borderBottomStyle: 'solid', paddingVertical: 5},
  line: {flexDirection: 'row'},
  row: {flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#bbbbbb', borderBottomStyle: 'solid', paddingVertical: 5},
  head: {fontFamily: 'Helvetica-Bold'},
  date: {width: 90},
  place: {width: 150, paddingRight: 8},
  reference: {flexGrow: 1, flexShrink: 1},
  next: {marginLeft: 90, marginTop: 2, color: '#333333'},
});

type PrintedEntry = JournalEntry & {what: string; next: string};
type Props = {
  entries: PrintedEntry[];
  labels: {title: string; madeOn: string; date: string; place: string; reference: string; kind: string; next: string};
  formatDate: (iso: string) => string;
};

export const JournalPdf = ({entries, labels, formatDate}: Props) => (
  <Document title={labels.title}>
    <Page size="A4" style={styles.page}>
      <Text style={styles.title}>{labels.title}</Text>
      <Text style={styles.muted}>{labels.madeOn}</Text>
      <View style={[styles.row, styles.head]}>
        <Text style={styles.date}>{labels.date}</Text>
        <Text style={styles.place}>{labels.place}</Text>
        <Text style={styles.reference}>{labels.kind}</Text>
      </View>
      {entries.map((entry) => (
        <View key={entry.id} style={styles.entry} wrap={false}>
          <View style={styles.line}>
            <Text style={styles.date}>{formatDate(entry.date)}</Text>
            <Text style={styles.place}>{entry.place}</Text>
            <Text style={styles.reference}>
              {entry.what}
              {entry.reference ? `\n${labels.reference} — ${entry.reference}` : ''}
            </Text>
          </View>
          <Text style={styles.next}>
            {labels.next} — {entry.next}
          </Text>
        </View>
      ))}
    </Page>
  </Document>
);
