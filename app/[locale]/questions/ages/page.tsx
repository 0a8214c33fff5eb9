import {questionRoute} from '../question-route';

const route = questionRoute('ages');
export const generateMetadata = route.generateMetadata;
export default route.Page;
