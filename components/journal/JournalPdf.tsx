// The journal as a small PDF, made in the browser: the entries never leave the device.
import {Document, Page, Text, View, StyleSheet} from '@react-pdf/renderer';
import type {JournalEntry} from '@/lib/journal/journal';

const styles = StyleSheet.create({
  page: {fontFamily: 'Helvetica', fontSize: 10, padding: 42},
  title: {fontSize: 18, fontFamily: 'Helvetica-Bold', marginBottom: 6},
  muted: {color: '#444444', marginBottom: 12},
  row: {flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#bbbbbb', borderBottomStyle: 'solid', paddingVertical: 5},
  head: {fontFamily: 'Helvetica-Bold'},
  date: {width: 90},
  place: {width: 170, paddingRight: 8},
  reference: {flexGrow: 1, flexShrink: 1},
});

type Props = {entries: JournalEntry[]; labels: {title: string; madeOn: string; date: string; place: string; reference: string}; formatDate: (iso: string) => string};

export const JournalPdf = ({entries, labels, formatDate}: Props) => (
  <Document title={labels.title}>
    <Page size="A4" style={styles.page}>
      <Text style={styles.title}>{labels.title}</Text>
      <Text style={styles.muted}>{labels.madeOn}</Text>
      <View style={[styles.row, styles.head]}>
        <Text style={styles.date}>{labels.date}</Text>
        <Text style={styles.place}>{labels.place}</Text>
        <Text style={styles.reference}>{labels.reference}</Text>
      </View>
      {entries.map((entry) => (
        <View key={entry.id} style={styles.row} wrap={false}>
          <Text style={styles.date}>{formatDate(entry.date)}</Text>
          <Text style={styles.place}>{entry.place}</Text>
          <Text style={styles.reference}>{entry.reference}</Text>
        </View>
      ))}
    </Page>
  </Document>
);
