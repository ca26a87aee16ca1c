// A course covers an agency topic when its topics list names it, by the topic's name or its slug
// ("Infrastructure project delivery and risk" or infrastructure-project-delivery-and-risk).
import { slug } from './file-names.js';

export function coversAgencyTopic(entry: string, topicName: string): boolean {
  return entry.trim().toLowerCase() === topicName.trim().toLowerCase() || slug(entry) === slug(topicName);
}
