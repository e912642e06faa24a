import NetworkingService
import ServerKit

await ServiceMain.run(NetworkingService.self)
