./foo + ./bar
