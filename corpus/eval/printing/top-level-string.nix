"top"
