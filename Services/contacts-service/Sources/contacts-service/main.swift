import ContactsService
import Foundation
import ServerKit

// `contacts-service authority ...` manages the registry of authorities; everything else is the
// common `serve|migrate` of every service.
if CommandLine.arguments.dropFirst().first == "authority" {
    exit(await AuthorityCommand.run(Array(CommandLine.arguments.dropFirst(2))))
}
await ServiceMain.run(ContactsService.self)
