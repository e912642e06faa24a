// The generated client (Client.swift, Types.swift) is this module's content; see openapi-generator-config.yaml.
