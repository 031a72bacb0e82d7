# results: table, chart, explanations
