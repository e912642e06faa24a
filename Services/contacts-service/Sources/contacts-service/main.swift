import ContactsService
import ServerKit

await ServiceMain.run(ContactsService.self)
