// The case file as a PDF for an investigator, made in the browser: every record, what was sent and when, the
// numbers received. Never an image: it says so, and how investigators can get the content.
import {Document, Page, Text, View, StyleSheet} from '@react-pdf/renderer';

const styles = StyleSheet.create({
  page: {fontFamily: 'Helvetica', fontSize: 10, padding: 42, color: '#000000'},
  title: {fontSize: 18, fontFamily: 'Helvetica-Bold', marginBottom: 4},
  muted: {marginBottom: 8},
  note: {borderWidth: 1, borderColor: '#000000', borderStyle: 'solid', padding: 6, marginBottom: 10},
  heading: {fontSize: 12, fontFamily: 'Helvetica-Bold', marginTop: 10, marginBottom: 4},
  record: {borderTopWidth: 1, borderTopColor: '#000000', borderTopStyle: 'solid', paddingTop: 6, marginTop: 8},
  line: {flexDirection: 'row', marginBottom: 2},
  label: {width: 150, fontFamily: 'Helvetica-Bold', paddingRight: 6},
  value: {flexGrow: 1, flexShrink: 1},
  report: {marginLeft: 12, marginTop: 4},
});

export type PrintedRecord = {
  id: string;
  heading: string;
  lines: [string, string][];
  reports: {id: string; lines: string[]}[];
};

type Props = {
  labels: {title: string; madeOn: string; noImage: string; about: string; reports: string; noReport: string};
  description: string;
  records: PrintedRecord[];
};

const Line = ({label, value}: {label: string; value: string}) => (
  <View style={styles.line}>
    <Text style={styles.label}>{label}</Text>
    <Text style={styles.value}>{value}</Text>
  </View>
);

export const CaseFilePdf = ({labels, description, records}: Props) => (
  <Document title={labels.title}>
    <Page size="A4" style={styles.page}>
      <Text style={styles.title}>{labels.title}</Text>
      <Text style={styles.muted}>{labels.madeOn}</Text>
      <Text style={styles.note}>{labels.noImage}</Text>
      {description && <Line label={labels.about} value={description} />}
      {records.map((record) => (
        <View key={record.id} style={styles.record}>
          <Text style={styles.heading}>{record.heading}</Text>
          {record.lines.map(([label, value]) => (
            <Line key={label} label={label} value={value} />
          ))}
          <Text style={styles.heading}>{labels.reports}</Text>
          {record.reports.length === 0 && <Text>{labels.noReport}</Text>}
          {record.reports.map((report) => (
            <View key={report.id} style={styles.report} wrap={false}>
              {report.lines.map((text, index) => (
                <Text key={index}>{text}</Text>
              ))}
            </View>
          ))}
        </View>
      ))}
    </Page>
  </Document>
);
