true && false || true && false
