./foo + "/../bar"
