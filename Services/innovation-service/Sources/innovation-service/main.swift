import InnovationService
import ServerKit

await ServiceMain.run(InnovationService.self)
