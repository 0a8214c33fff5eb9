// The fiche's typography: calm, black on white, large phone numbers, room to tick boxes.
// Helvetica is built into every PDF reader: nothing to embed, and it covers French (WinAnsi encoding).
// The content tests keep every text inside that encoding.
export const PDF_FONT = 'Helvetica';
import {StyleSheet} from '@react-pdf/renderer';

// The sides shared by a letter box's two parts (see GeneratedText in PlanDocument.tsx).
const letterSides = {paddingHorizontal: 6, borderLeftWidth: 1, borderRightWidth: 1, borderColor: '#999999', borderStyle: 'solid'} as const;

export const styles = StyleSheet.create({
  // No lineHeight anywhere: on text it doubles the spacing (react-pdf 4.9).
  page: {fontFamily: PDF_FONT, fontSize: 11, paddingTop: 36, paddingBottom: 24, paddingHorizontal: 42, color: '#111111'},
  // Readable on paper: 11 pt body text, nothing under 9.5 pt.
  content: {fontSize: 11},
  bold: {fontWeight: 'bold'},
  header: {flexDirection: 'row', justifyContent: 'space-between', marginBottom: 14},
  headerText: {flexGrow: 1, flexShrink: 1, paddingRight: 16},
  title: {fontSize: 20, fontWeight: 'bold', marginBottom: 4},
  muted: {color: '#444444'},
  small: {fontSize: 9.5, color: '#444444'},
  summary: {marginTop: 8, padding: 8, borderWidth: 1, borderColor: '#999999', borderStyle: 'solid'},
  // The case sheet: room to write by hand on ruled lines.
  caseSheet: {marginTop: 0},
  caseRow: {flexDirection: 'row', gap: 14},
  caseField: {marginBottom: 4, flexGrow: 1},
  caseFieldHalf: {flexBasis: 0},
  writingLine: {height: 19, borderBottomWidth: 0.75, borderBottomColor: '#555555', borderBottomStyle: 'solid'},
  qr: {alignItems: 'center', width: 120},
  qrText: {fontSize: 9.5, textAlign: 'center', marginTop: 4},
  sectionTitle: {
    fontSize: 14,
    fontWeight: 'bold',
    marginTop: 16,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: '#999999',
    borderBottomStyle: 'solid',
  },
  itemHead: {flexDirection: 'row', alignItems: 'flex-start', marginBottom: 3},
  checkbox: {width: 11, height: 11, borderWidth: 1.2, borderColor: '#111111', borderStyle: 'solid', marginRight: 7, marginTop: 1.5},
  itemTitle: {fontSize: 12.5, fontWeight: 'bold', flexShrink: 1},
  why: {fontSize: 10, color: '#333333', marginBottom: 4},
  callout: {fontWeight: 'bold', marginBottom: 4, padding: 5, backgroundColor: '#eeeeee'},
  paragraph: {marginBottom: 5},
  list: {marginBottom: 4},
  listItem: {flexDirection: 'row', marginBottom: 2},
  listMarker: {width: 14},
  listBody: {flexGrow: 1, flexShrink: 1},
  quote: {paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: '#999999', borderLeftStyle: 'solid'},
  phone: {flexDirection: 'row', alignItems: 'baseline', marginTop: 3},
  phoneNumber: {fontSize: 16, fontWeight: 'bold', marginRight: 8},
  linkRow: {marginTop: 3},
  linkUrl: {fontSize: 10},
  // The last line of a step: the space below it separates the steps.
  done: {fontSize: 9.5, color: '#444444', marginTop: 3, marginBottom: 10},
  summaryRow: {marginBottom: 2},
  now: {marginTop: 4},
  // A letter's box, in two parts (see GeneratedText in PlanDocument.tsx).
  generatedHead: {...letterSides, marginTop: 6, paddingTop: 6, borderTopWidth: 1},
  generatedBody: {...letterSides, paddingBottom: 6, borderBottomWidth: 1},
  generatedLine: {marginBottom: 3},
  followUp: {marginTop: 4},
  // The page's flow area above the footer (see pageFrame in PlanDocument.tsx).
  flow: {flexGrow: 1, flexShrink: 1},
  footer: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    marginTop: 12,
    fontSize: 9.5,
    color: '#555555',
  },
});
