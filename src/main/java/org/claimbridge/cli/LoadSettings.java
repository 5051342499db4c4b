package org.claimbridge.cli;

/** Options of the {@code load} subcommand. */
record LoadSettings(String host, int port, int connections, int messages, int warmup) {

    static LoadSettings parse(String[] args) {
        String host = "127.0.0.1";
        int port = 2575;
        int connections = 8;
        int messages = 20_000;
        int warmup = 20_000;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--host" -> host = value;
                case "--port" -> port = positive("--port", value);
                case "--connections" -> connections = positive("--connections", value);
                case "--messages" -> messages = positive("--messages", value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i - 1]);
            }
        }
        return new LoadSettings(host, port, connections, messages, warmup);
    }

    private static int positive(String option, String value) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + value + "'");
        }
        if (number <= 0) {
            throw new IllegalArgumentException(option + " must be greater than zero, not " + number);
        }
        return number;
    }
}
