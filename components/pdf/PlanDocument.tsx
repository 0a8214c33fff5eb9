// The PDF fiche pratique, laid out for A4 paper, a pen and the police desk: the first page sums up the facts from
// the answers and what to do right now; then every step in full, with each text it announces written out.
// @react-pdf/renderer cannot tag a PDF for screen readers (diegomura/react-pdf#3179): the plan page is the
// accessible version of the same content.
import {Fragment} from 'react';
import {Document, Link, Page, Text, View, type PageLayoutProps} from '@react-pdf/renderer';
import {fillTemplate} from '@/lib/pdf/template';
import {linkLines} from '@/lib/pdf/link-lines';
import {MarkdownPdf} from './MarkdownPdf';
import {QrCode} from './QrCode';
import './hyphenation';
import {styles} from './styles';

import type {CaseField, CaseSheetLabels, PlanDocumentLabels, PlanDocumentProps} from '@/lib/views/pdf-labels';

export type {CaseSheetLabels, PlanDocumentLabels, PlanDocumentProps};

// How much of a link fits on one line of the page at the link's size (10 pt Helvetica, a long link's characters).
const LINK_CHARS_PER_LINE = 84;

/** A tap as it can be used on paper: the number to dial, or the address to type. */
const printable = (href: string) =>
  href
    .replace(/^tel:/, '')
    .replace(/^sms:/, 'SMS ')
    .replace(/^https:\/\//, '');

// A letter or text in a box: its title, notes and first lines stay together (and keep some of the rest with them);
// the rest may go on to the next page. Two boxes side by side in the flow, not one box holding both, because
// react-pdf can leave a box's top edge alone at the foot of a page when the box's first block moves on.
const GeneratedText = ({title, intro = [], text}: {title: string; intro?: string[]; text: string}) => {
  const lines = text.split('\n').map((line, index) => (
    <Text key={index} style={styles.generatedLine}>
      {line}
    </Text>
  ));
  return (
    <>
      <View style={styles.generatedHead} wrap={false} minPresenceAhead={40}>
        <Text style={[styles.bold, styles.paragraph]}>{title}</Text>
        {intro.map((paragraph) => (
          <Text key={paragraph} style={[styles.small, styles.paragraph]}>
            {paragraph}
          </Text>
        ))}
        {lines.slice(0, 3)}
      </View>
      <View style={styles.generatedBody}>{lines.slice(3)}</View>
    </>
  );
};

/** Fields to fill in by hand, with ruled lines to write on: black on white, no colour needed. */
const Field = ({field}: {field: CaseField}) => (
  <View wrap={false} style={[styles.caseField, field.half ? styles.caseFieldHalf : {}]}>
    <Text style={styles.bold}>{field.label}</Text>
    {Array.from({length: field.lines}, (_, index) => (
      <View key={index} style={styles.writingLine} />
    ))}
  </View>
);

/** The fields in rows: a field alone, or two half fields side by side. */
const caseRows = (fields: readonly CaseField[]): CaseField[][] =>
  fields.reduce<CaseField[][]>((rows, field) => {
    const last = rows.at(-1);
    if (field.half && last?.length === 1 && last[0]!.half) last.push(field);
    else rows.push([field]);
    return rows;
  }, []);

const CaseSheet = ({labels}: {labels: CaseSheetLabels}) => (
  <View style={styles.caseSheet}>
    <Text style={styles.sectionTitle} minPresenceAhead={80}>
      {labels.title}
    </Text>
    {caseRows(labels.fields).map((row) => (
      <View key={row[0]!.label} style={styles.caseRow}>
        {row.map((field) => (
          <Field key={field.label} field={field} />
        ))}
      </View>
    ))}
    {labels.noImage && <Text style={[styles.small, styles.bold, {marginTop: 2}]}>{labels.noImage}</Text>}
  </View>
);

/**
 * Every page's frame: the content flows above a footer with the page number. react-pdf's newer pagination
 * engine, which a `layout` turns on, measures the content once and packs it into pages; the older one laid
 * the rest of the document out again at every page break (the largest fiche: about 0.9 s, now about 0.4 s).
 */
const pageFrame =
  (labels: PlanDocumentLabels) =>
  ({children, pageNumber, totalPages}: PageLayoutProps) => (
    <>
      <View style={styles.flow}>{children}</View>
      <View style={styles.footer}>
        <Text>{labels.documentTitle}</Text>
        <Text>{fillTemplate(labels.page, {page: pageNumber ?? 1, total: totalPages ?? 1})}</Text>
      </View>
    </>
  );

export const PlanDocument = ({model, planUrl, labels}: PlanDocumentProps) => {
  const frame = pageFrame(labels);
  return (
    <Document title={labels.documentTitle} language={model.locale} author="Recours" creator="Recours" producer="Recours">
      <Page size="A4" style={styles.page} layout={frame}>
        <View style={styles.content}>
          <View style={styles.header}>
            <View style={styles.headerText}>
              <Text style={styles.title}>{labels.heading}</Text>
              <Text style={styles.muted}>{labels.madeOn}</Text>
            </View>
            <View style={styles.qr}>
              <QrCode value={planUrl} size={96} />
              <Text style={styles.qrText}>{labels.qr}</Text>
            </View>
          </View>
          <Text style={styles.linkUrl}>
            <Link src={planUrl}>{linkLines(planUrl, LINK_CHARS_PER_LINE).join('\n')}</Link>
          </Text>

          {model.summary.length > 0 && (
            <View style={styles.summary} wrap={false}>
              <Text style={[styles.bold, styles.paragraph]}>{labels.summaryTitle}</Text>
              {/* Only what was answered: a blank row says nothing on paper. */}
              {model.summary
                .filter((row) => row.value !== undefined)
                .map((row) => (
                  <Text key={row.label} style={styles.summaryRow}>
                    <Text style={styles.bold}>
                      {row.label}
                      {labels.colon}
                    </Text>
                    {row.value ?? '—'}
                  </Text>
                ))}
              {model.followUp[0] && <Text style={styles.summaryRow}>{model.followUp[0]}</Text>}
            </View>
          )}

          {model.now.length > 0 && (
            <View style={styles.now} wrap={false}>
              <Text style={styles.sectionTitle}>{labels.nowTitle}</Text>
              {model.now.map((action) => (
                <View key={action.id} style={styles.itemHead}>
                  <View style={styles.checkbox} />
                  <View style={{flexShrink: 1}}>
                    <Text style={styles.bold}>
                      {action.tap.label}
                      {action.tap.href.startsWith('#') ? '' : ` — ${printable(action.tap.href)}`}
                    </Text>
                    <Text>{action.text}</Text>
                  </View>
                </View>
              ))}
            </View>
          )}
          <Text style={[styles.small, {marginTop: 8}]}>{labels.checklist}</Text>

          <CaseSheet labels={labels.caseSheet} />

          {model.followUp.length > 0 && (
            <View style={styles.followUp} wrap={false}>
              <Text style={styles.sectionTitle}>{labels.followTitle}</Text>
              {model.followUp.map((line) => (
                <View key={line} style={styles.itemHead}>
                  <View style={styles.checkbox} />
                  <Text style={{flexShrink: 1}}>{line}</Text>
                </View>
              ))}
            </View>
          )}
        </View>
      </Page>
      {/* The steps start on a page of their own. */}
      <Page size="A4" style={styles.page} layout={frame}>
        <View style={styles.content}>
          {model.writtenForThem && <Text style={[styles.small, styles.paragraph]}>{labels.forThePerson}</Text>}
          {/* Sections and steps are flat siblings, not boxes: react-pdf keeps a title with what follows it
              (minPresenceAhead) only where a page may break before the title, which is never inside its box. */}
          {model.sections.map((section) => (
            <Fragment key={section.id}>
              <Text style={styles.sectionTitle} minPresenceAhead={80}>
                {section.number}. {section.title}
              </Text>
              {section.items.map((item) => (
                <Fragment key={item.anchorId}>
                  {/* A step's title, reason and call-out stay together, with some of the step below them. */}
                  <View wrap={false} minPresenceAhead={60}>
                    <View style={styles.itemHead}>
                      <View style={styles.checkbox} />
                      <Text style={styles.itemTitle}>{item.title}</Text>
                    </View>
                    <Text style={styles.why}>
                      {labels.why} {item.reasons.join(' ')}
                    </Text>
                    {item.callout && <Text style={styles.callout}>{item.callout}</Text>}
                  </View>
                  {item.markdown !== undefined && <MarkdownPdf markdown={item.markdown} />}
                  {item.phones.map((phone) => (
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
                  {item.links.map((link) => (
                    <View key={link.id} style={styles.linkRow} wrap={false}>
                      <Text>{link.label}</Text>
                      <Text style={styles.linkUrl}>
                        <Link src={link.url}>{link.url.replace(/^https:\/\//, '')}</Link>
                      </Text>
                    </View>
                  ))}
                  {item.policyLines?.map((policy) => (
                    <Text key={policy} style={styles.small}>
                      {policy}
                    </Text>
                  ))}
                  {item.letters?.map((letter) => (
                    <Fragment key={letter.kind}>
                      <GeneratedText title={`${letter.title} (${letter.law})`} intro={letter.when} text={letter.text} />
                      {letter.english && <GeneratedText title={labels.letterEn} text={letter.english} />}
                    </Fragment>
                  ))}
                  <Text style={styles.small}>{item.reviewed}</Text>
                  <Text style={styles.done}>{labels.done}</Text>
                </Fragment>
              ))}
              {/* The report text once, after the platforms it serves; each step notes the rule to cite. */}
              {model.reportText && section.items.some((item) => item.policyLines) && (
                <>
                  <GeneratedText title={labels.reportText} intro={[labels.reportTextHint]} text={model.reportText.local} />
                  {model.reportText.english && <GeneratedText title={labels.reportTextEn} text={model.reportText.english} />}
                </>
              )}
            </Fragment>
          ))}
        </View>
      </Page>
    </Document>
  );
};
