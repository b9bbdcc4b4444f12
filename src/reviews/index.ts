// Reviews: verdicts a person recorded on conflicts, read back by later runs.
export { applyReviews, entryFor, gateView, isSettled } from './apply.js';
export { DEFAULT_REVIEWS_FILE, mergeReviews, readReviews, ReviewsError, VERDICTS, type ReviewEntry, type ReviewsFile, type ReviewUpdate } from './file.js';
