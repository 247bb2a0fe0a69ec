// Placeholder: the survey page reads t from its URL and answers with survey.get / survey.answer.
