// The site's styles, by what they serve, in the order the cascade needs (later files build on earlier ones).
import './base.css';
import './questions.css';
import './plan.css';
import './generated-texts.css';
import './journal.css';
import './link-lists.css';
import './right-now.css';
