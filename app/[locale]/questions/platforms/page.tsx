import {questionRoute} from '../question-route';

const route = questionRoute('platforms');
export const generateMetadata = route.generateMetadata;
export default route.Page;
