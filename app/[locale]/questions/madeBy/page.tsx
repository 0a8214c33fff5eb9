import {questionRoute} from '../question-route';

const route = questionRoute('madeBy');
export const generateMetadata = route.generateMetadata;
export default route.Page;
