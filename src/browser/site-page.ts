// What every page but the code pages runs at load: the header's search box and any copy buttons
// (SearchForm.astro, CopyButton.astro). Base.astro's script imports it; the handout page imports it
// from its own script instead, so its line carries one request fewer (BENCHMARKS.md, round 8).
import './search/search-box-loader';
import './copy-buttons';
