// A script with nothing to do exits 0 silently.
