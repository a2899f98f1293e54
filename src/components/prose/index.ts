/** The components the prose pages (content/pages/*.mdx) may use: each renders something generated from the content. */
import CalendarAndFeed from './CalendarAndFeed.astro';
import Counts from './Counts.astro';
import Datasets from './Datasets.astro';
import DateLine from './DateLine.astro';
import EditorialTable from './EditorialTable.astro';
import SourceLink from './SourceLink.astro';
import SourceTitle from './SourceTitle.astro';
import TrackBases from './TrackBases.astro';

export const proseComponents = { CalendarAndFeed, Counts, Datasets, DateLine, EditorialTable, SourceLink, SourceTitle, TrackBases };
