./foo + "/./bar/."
