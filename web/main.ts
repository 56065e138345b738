// Entry point: global theme styles, then the app shell. Everything heavy (the expression parser
// with mathjs, chart export) is imported on demand from inside the app.
import './styles/theme.css';
import './app/jv-app';
