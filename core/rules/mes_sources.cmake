# method of equal shares and its completions
