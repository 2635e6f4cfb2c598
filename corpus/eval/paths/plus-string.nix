./foo + "bar"
