/** The pages the browser tests read, by role, and the routes the page server serves them at. */
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const PAGES = resolve(import.meta.dirname, '../pages');

/** Route → file. Article pages of different sites and scripts; one list page; one single-page site. */
export const TEST_PAGE_ROUTES = {
  '/hebei/mirror.html': resolve(FIXTURES, 'seed--hebei-mirror/source.html'),
  '/hebei/original.html': resolve(FIXTURES, 'seed--hebei-original/source.html'),
  '/sina/hongkong.html': resolve(PAGES, 'article--sina-hongkong.html.gz'),
  '/guancha/apple.html': resolve(PAGES, 'article--guancha-apple.html.gz'),
  '/163/list.html': resolve(PAGES, 'list--163-news.html.gz'),
  '/spa/*': resolve(PAGES, 'spa-news.html'),
  '/huge/article.html': resolve(PAGES, 'huge-article.html'),
} as const;
