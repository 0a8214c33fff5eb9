import {questionRoute} from '../question-route';

const route = questionRoute('situation');
export const generateMetadata = route.generateMetadata;
export default route.Page;
