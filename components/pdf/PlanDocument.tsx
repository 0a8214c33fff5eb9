// The PDF fiche pratique: the same plan model as the page, laid out for A4 paper and a pen.
import {Document, Link, Page, Text, View} from '@react-pdf/renderer';
import type {PlanModel} from '@/components/plan/plan-view';
import {fillTemplate} from '@/lib/pdf/template';
import {MarkdownPdf} from './MarkdownPdf';
import {QrCode} from './QrCode';
import './hyphenation';
import {styles} from './styles';

// Plain strings only (the document is made in a worker thread, see pdf-worker.ts); a label that takes a value
// is a template with `{name}` placeholders.
export type PlanDocumentLabels = {
  documentTitle: string;
  heading: string;
  madeOn: string;
  summaryTitle: string;
  qr: string;
  checklist: string;
  why: string;
  done: string;
  followTitle: string;
  /** `{page}`, `{total}` */
  page: string;
  /** `{number}` */
  call: string;
  /** `{number}` */
  sms: string;
};

export type PlanDocumentProps = {model: PlanModel; planUrl: string; labels: PlanDocumentLabels};

export const PlanDocument = ({model, planUrl, labels}: PlanDocumentProps) => (
  <Document title={labels.documentTitle} language={model.locale} author="Recours" creator="Recours" producer="Recours">
    <Page size="A4" style={styles.page}>
      <View style={styles.content}>
        <View style={styles.header}>
          <View style={styles.headerText}>
            <Text style={styles.title}>{labels.heading}</Text>
            <Text style={styles.muted}>{labels.madeOn}</Text>
            {model.summary.length > 0 && (
              <View style={styles.summary}>
                <Text style={styles.bold}>{labels.summaryTitle}</Text>
                {model.summary.map((line) => (
                  <Text key={line}>{line}</Text>
                ))}
              </View>
            )}
            <Text style={[styles.small, {marginTop: 6}]}>{labels.checklist}</Text>
          </View>
          <View style={styles.qr}>
            <QrCode value={planUrl} size={96} />
            <Text style={styles.qrText}>{labels.qr}</Text>
          </View>
        </View>
        <Text style={styles.linkUrl}>
          <Link src={planUrl}>{planUrl}</Link>
        </Text>

        {model.followUp.length > 0 && (
          <View style={styles.followUp}>
            <Text style={styles.sectionTitle}>{labels.followTitle}</Text>
            {model.followUp.map((line) => (
              <View key={line} style={styles.itemHead}>
                <View style={styles.checkbox} />
                <Text style={{flexShrink: 1}}>{line}</Text>
              </View>
            ))}
          </View>
        )}

        {model.sections.map((section) => (
          <View key={section.id}>
            <Text style={styles.sectionTitle}>
              {section.number}. {section.title}
            </Text>
            {section.items.map((item) => (
              <View key={item.anchorId} style={styles.item}>
                <View style={styles.itemHead}>
                  <View style={styles.checkbox} />
                  <Text style={styles.itemTitle}>{item.heading}</Text>
                </View>
                <Text style={styles.why}>
                  {labels.why} {item.reasons.join(' ')}
                </Text>
                {item.callout && <Text style={styles.callout}>{item.callout}</Text>}
                <MarkdownPdf markdown={item.entry.markdown} />
                {item.entry.phones.map((phone) => (
                  <View key={`${phone.kind}-${phone.number}`} style={styles.phone} wrap={false}>
                    <Text style={styles.phoneNumber}>
                      {fillTemplate(phone.kind === 'sms' ? labels.sms : labels.call, {number: phone.display ?? phone.number})}
                    </Text>
                    <Text style={[styles.small, {flexShrink: 1}]}>
                      {phone.label}
                      {phone.hours ? ` · ${phone.hours}` : ''}
                    </Text>
                  </View>
                ))}
                {item.entry.links.map((link) => (
                  <View key={link.id} style={styles.linkRow} wrap={false}>
                    <Text>{link.label}</Text>
                    <Text style={styles.linkUrl}>
                      <Link src={link.url}>{link.url.replace(/^https:\/\//, '')}</Link>
                    </Text>
                  </View>
                ))}
                <Text style={styles.small}>{item.reviewed}</Text>
                <Text style={styles.done}>{labels.done}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      <View style={styles.footer} fixed>
        <Text>{labels.documentTitle}</Text>
        <Text render={({pageNumber, totalPages}) => fillTemplate(labels.page, {page: pageNumber, total: totalPages})} />
      </View>
    </Page>
  </Document>
);
