./foo + "/bar"
