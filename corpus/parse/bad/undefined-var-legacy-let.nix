let { body = y; }
